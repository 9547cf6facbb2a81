import { ts } from 'ts-morph'
import { childNesting, flatIncrement, increasesNesting, takesNestingIncrement } from './cognitive'
import { commentFindings } from './comment-findings'
import { CommentCollector, skipTrivia } from './comment-ranges'
import { CyclomaticCounter } from './cyclomatic'
import { calleeTail, functionName, referenceName, selfReferences } from './function-names'
import {
  fieldInitializer,
  functionKind,
  isOwnPart,
  parameterCount,
  type MeasuredFunction,
} from './function-nodes'
import { FunctionTally } from './function-tally'
import type { FileMeasures, FunctionKind, FunctionMeasures } from './types'

// ts-morph serves TypeScript's API through getters: what runs per node is read once, here.
const { SyntaxKind, forEachChild } = ts

/** Where a function starts for a reader: after its decorators, which often sit on lines of their own. */
function functionStart(fn: MeasuredFunction, sourceFile: ts.SourceFile): number {
  const decorators = ts.canHaveDecorators(fn) ? ts.getDecorators(fn) : undefined
  const last = decorators?.[decorators.length - 1]
  return last ? skipTrivia(sourceFile.text, last.end, fn.end) : fn.getStart(sourceFile)
}

/**
 * One pass over a file's syntax tree, parents before children, with an explicit stack: a file that
 * nests thousands of levels deep costs memory, never the call stack. Each node is visited once;
 * only the heads of logical-operator chains look at their operands again.
 */
class FileWalk {
  private readonly functions: FunctionMeasures[] = []
  private anyCount = 0
  private nonNullAssertions = 0
  private readonly comments: CommentCollector
  private readonly cyclomatic = new CyclomaticCounter()
  /*
   * The stack, as parallel arrays rather than an object per node: a node to visit (or undefined, to
   * close the function in `tallies`), the function it is in (none at the top level) and its nesting.
   */
  private readonly nodes: (ts.Node | undefined)[] = []
  private readonly tallies: (FunctionTally | undefined)[] = []
  private readonly nestings: number[] = []
  /** The current node's children; the first `childCount` entries are valid. */
  private readonly children: ts.Node[] = []
  private childCount = 0
  private childrenOf: ts.Node | undefined
  private readonly collectChild = (child: ts.Node): void => {
    // The file is parsed without parent pointers (the parser's own pass to set them costs a third of
    // the parse): the walk sets them on its way down, before anything below reads them.
    ;(child as { parent: ts.Node }).parent = this.childrenOf as ts.Node
    this.children[this.childCount++] = child
  }

  constructor(
    private readonly sourceFile: ts.SourceFile,
    private readonly alsoVisit: ((node: ts.Node) => void) | undefined,
  ) {
    this.comments = new CommentCollector(sourceFile.text, sourceFile.languageVariant)
  }

  run(): FileMeasures {
    this.push(this.sourceFile, undefined, 0)
    while (this.nodes.length > 0) {
      const node = this.nodes.pop()
      const tally = this.tallies.pop()
      const nesting = this.nestings.pop() as number
      if (node !== undefined) this.visit(node, tally, nesting)
      else tally?.close()
    }
    const { suppressions, markers } = commentFindings(this.sourceFile, this.comments.comments())
    return {
      functions: this.functions,
      anyCount: this.anyCount,
      suppressions,
      nonNullAssertions: this.nonNullAssertions,
      markers,
    }
  }

  private push(node: ts.Node | undefined, tally: FunctionTally | undefined, nesting: number): void {
    this.nodes.push(node)
    this.tallies.push(tally)
    this.nestings.push(nesting)
  }

  private visit(node: ts.Node, tally: FunctionTally | undefined, nesting: number): void {
    const children = this.children
    if (node.kind <= SyntaxKind.LastToken) {
      // Names, literals, keywords and punctuation (about half the nodes) have no children, add no
      // complexity and start no function: only the comments, `any` and the other reader look at them.
      this.comments.collect(node, children, 0)
      this.alsoVisit?.(node)
      if (node.kind === SyntaxKind.AnyKeyword) this.anyCount += 1
      return
    }
    this.childCount = 0
    this.childrenOf = node
    forEachChild(node, this.collectChild)
    const childCount = this.childCount
    this.comments.collect(node, children, childCount)
    this.alsoVisit?.(node)
    if (node.kind === SyntaxKind.NonNullExpression) this.nonNullAssertions += 1
    // The counter sees every node, as it follows destructuring targets down; only functions keep counts.
    const cyclomatic = this.cyclomatic.increment(node)

    const kind = functionKind(node)
    if (kind !== undefined) {
      const fn = node as MeasuredFunction
      const own = this.openFunction(fn, kind, tally, nesting)
      this.push(undefined, own, 0)
      for (let index = childCount - 1; index >= 0; index -= 1) {
        const child = children[index] as ts.Node
        if (isOwnPart(fn, child)) this.push(child, own, 0)
        else this.push(child, tally, nesting)
      }
      return
    }

    let nests = false
    if (tally !== undefined) {
      tally.cyclomatic += cyclomatic
      nests = this.countCognitive(node, tally, nesting)
    }
    const initializerOfField = fieldInitializer(node)
    for (let index = childCount - 1; index >= 0; index -= 1) {
      const child = children[index] as ts.Node
      if (child === initializerOfField) {
        // ESLint counts a field initializer as a function of its own; it is not reported, but the
        // functions inside it are, and it passes their cognitive scores on like a nested function.
        const initializer = new FunctionTally(tally, nesting + 1, [], undefined)
        this.push(undefined, initializer, 0)
        this.push(child, initializer, 0)
      } else {
        // Only a structure that nests puts some of its parts deeper: the rest skip asking per child.
        this.push(
          child,
          tally,
          tally === undefined ? 0 : nests ? childNesting(node, child, nesting) : nesting,
        )
      }
    }
  }

  /** Adds the node's cognitive increments; returns whether it is a structure whose parts nest deeper. */
  private countCognitive(node: ts.Node, tally: FunctionTally, nesting: number): boolean {
    tally.cognitive += flatIncrement(node)
    if (takesNestingIncrement(node)) tally.addNestingIncrement(nesting)
    const nests = increasesNesting(node)
    if (nests) tally.maxNesting = Math.max(tally.maxNesting, nesting + 1)
    if (node.kind === SyntaxKind.CallExpression)
      this.noteRecursion((node as ts.CallExpression).expression, tally)
    return nests
  }

  /** A call by name to the function it is in, or to one enclosing it, makes that function recursive. */
  private noteRecursion(callee: ts.Expression, tally: FunctionTally): void {
    const tail = calleeTail(callee)
    if (tail === undefined) return
    for (let fn: FunctionTally | undefined = tally; fn !== undefined; fn = fn.parent) {
      if (fn.selfReferenceTails.includes(tail) && fn.selfReferences.includes(referenceName(callee) ?? '')) {
        fn.recursive = true
      }
    }
  }

  private openFunction(
    fn: MeasuredFunction,
    kind: FunctionKind,
    enclosing: FunctionTally | undefined,
    nesting: number,
  ): FunctionTally {
    const start = this.sourceFile.getLineAndCharacterOfPosition(functionStart(fn, this.sourceFile))
    const endLine = this.sourceFile.getLineAndCharacterOfPosition(fn.end).line
    const measures: FunctionMeasures = {
      name: functionName(fn, this.sourceFile),
      kind,
      line: start.line + 1,
      column: start.character + 1,
      endLine: endLine + 1,
      lines: endLine - start.line + 1,
      parameters: parameterCount(fn),
      cyclomatic: 1,
      cognitive: 0,
      maxNesting: 0,
      enclosingFunction: enclosing?.reportedIndex ?? null,
    }
    this.functions.push(measures)
    // White paper B2: a nested function's body is one level deeper than where it is written.
    return new FunctionTally(enclosing, nesting + 1, selfReferences(fn, this.sourceFile), {
      measures,
      index: this.functions.length - 1,
    })
  }
}

/**
 * Measures one parsed JavaScript or TypeScript file: every function's size and complexity, `any`
 * types, suppression comments, non-null assertions and TODO-style markers. The file may be parsed
 * without parent pointers: the walk sets each node's children's parents when it reaches the node, so
 * a node and its children have theirs, and its ancestors, by the time anything looks at them.
 * `alsoVisit` sees every node of the same walk, so another per-node reader (the import list) costs no
 * second pass over the tree.
 */
export function measureSourceFile(
  sourceFile: ts.SourceFile,
  alsoVisit?: (node: ts.Node) => void,
): FileMeasures {
  return new FileWalk(sourceFile, alsoVisit).run()
}
