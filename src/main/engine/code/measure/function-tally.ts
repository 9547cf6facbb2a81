import type { FunctionMeasures } from './types'

/**
 * The running counts of one function while the walk is inside it. Besides the functions that get
 * reported, a class field initializer gets one (unreported): ESLint counts it as a function of its own.
 */
export class FunctionTally {
  cyclomatic = 1
  /** Its own increments at its own nesting levels, plus what nested functions add here. */
  cognitive = 0
  /**
   * Structures with a nesting increment, here and in nested functions: when this function is itself
   * nested `offset` levels deep in another, each of them costs that function `offset` more.
   */
  nestingIncrements = 0
  maxNesting = 0
  recursive = false

  /** The index of the nearest reported function this one is in, itself included. */
  readonly reportedIndex: number | null
  /** The last name of each self reference, to test calls cheaply before building their full name. */
  readonly selfReferenceTails: readonly string[]

  constructor(
    readonly parent: FunctionTally | undefined,
    /** The nesting level this function's body starts at, seen from `parent`. */
    readonly offset: number,
    readonly selfReferences: readonly string[],
    /** Where the function is reported, if it is. */
    readonly reported: { measures: FunctionMeasures; index: number } | undefined,
  ) {
    this.reportedIndex = reported?.index ?? parent?.reportedIndex ?? null
    this.selfReferenceTails = selfReferences.map((reference) =>
      reference.slice(reference.lastIndexOf('.') + 1),
    )
  }

  /** A structure at `nesting` that takes the nesting increment (white paper B3); its +1 is counted apart. */
  addNestingIncrement(nesting: number): void {
    this.cognitive += nesting
    this.nestingIncrements += 1
  }

  /** Settles the function's measures and hands its cognitive score, shifted by its nesting, up. */
  close(): void {
    // White paper B1: each method in a recursion cycle adds one, however many calls it makes.
    const cognitive = this.cognitive + (this.recursive ? 1 : 0)
    if (this.reported) {
      const { measures } = this.reported
      measures.cyclomatic = this.cyclomatic
      measures.cognitive = cognitive
      measures.maxNesting = this.maxNesting
    }
    if (this.parent) {
      this.parent.cognitive += cognitive + this.offset * this.nestingIncrements
      this.parent.nestingIncrements += this.nestingIncrements
    }
  }
}
