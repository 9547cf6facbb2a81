export { buildCycloneDxSbom, serialiseSbom, type SbomOptions } from './build-sbom'
export { CYCLONEDX_SPEC_VERSION, type CycloneDxBom } from './cyclonedx'
