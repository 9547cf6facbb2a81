/** Recorded on every run, so results from different engine builds can be told apart. */
export const ENGINE_VERSION = '0.1.0'
