/**
 * Snippets with hand-worked complexity for every function in them, in the order they start.
 *
 * Cyclomatic is ESLint's `complexity` rule (ESLint 9, classic variant): 1 + each if, ?:, loop, catch,
 * `case` with a test, &&, ||, ??, &&=, ||=, ??=, `?.` and default value. Every answer here was
 * checked by running that rule (max 0) over the snippet.
 *
 * Cognitive is the white paper (G. Ann Campbell, SonarSource, v1.7): +1 for if, else if, else, ?:,
 * switch, loops, catch, labelled jumps, each run of like && / || operators and recursion; if, ?:,
 * switch, loops and catch also add their nesting level ("n"); bodies of those and of nested
 * functions are one level deeper. A function's score includes the functions inside it.
 */
export interface ExpectedFunction {
  name: string
  cyclomatic: number
  cognitive: number
}

export interface ComplexityCase {
  title: string
  /** Parsed as TypeScript unless it says otherwise. */
  file?: string
  source: string
  functions: ExpectedFunction[]
}

const fn = (name: string, cyclomatic: number, cognitive: number): ExpectedFunction => ({
  name,
  cyclomatic,
  cognitive,
})

export const COMPLEXITY_CASES: readonly ComplexityCase[] = [
  {
    title: 'a function with straight-line code',
    // cyc 1; cog 0
    source: `function f(a: number) { const b = a + 1; return b * 2 }`,
    functions: [fn('f', 1, 0)],
  },
  {
    title: 'if',
    // cyc 1 + if = 2; cog if +1
    source: `function f(a) { if (a) return 1; return 2 }`,
    functions: [fn('f', 2, 1)],
  },
  {
    title: 'if and else: the else adds to cognitive only',
    // cyc 1 + if = 2; cog if +1, else +1
    source: `function f(a) { if (a) { return 1 } else { return 2 } }`,
    functions: [fn('f', 2, 2)],
  },
  {
    title: 'an else-if chain: else if and else without nesting increments',
    // cyc 1 + if + if = 3; cog if +1, else if +1, else +1
    source: `function f(a, b) { if (a) { return 1 } else if (b) { return 2 } else { return 3 } }`,
    functions: [fn('f', 3, 3)],
  },
  {
    title: 'an if nested in an else block is not an else if (SonarSource Abs example)',
    // cyc 1 + if + if = 3; cog if +1, else +1, if +2 (n=1), else +1
    source: `function abs(n: number) {
  if (n >= 0) {
    return n
  } else {
    if (n === Number.MIN_SAFE_INTEGER) {
      throw new Error('too small')
    } else {
      return -n
    }
  }
}`,
    functions: [fn('abs', 3, 5)],
  },
  {
    title: 'an if nested in an else-if body is at the chain’s nesting plus one',
    // cyc 1 + if + if + if = 4; cog if +1, else if +1, nested if +2 (n=1)
    source: `function f(a, b, c) { if (a) { return 1 } else if (b) { if (c) { return 2 } } }`,
    functions: [fn('f', 4, 4)],
  },
  {
    title: 'ternary',
    // cyc 1 + ?: = 2; cog ?: +1
    source: `function f(a) { return a ? 1 : 2 }`,
    functions: [fn('f', 2, 1)],
  },
  {
    title: 'a ternary nested in a ternary’s branch takes a nesting increment',
    // cyc 1 + ?: + ?: = 3; cog ?: +1, inner ?: +2 (n=1)
    source: `function f(a, b) { return a ? 1 : b ? 2 : 3 }`,
    functions: [fn('f', 3, 3)],
  },
  {
    title: 'a ternary in an if’s condition is not nested in the if',
    // cyc 1 + if + ?: = 3; cog if +1, ?: +1 (n=0)
    source: `function f(a, b, c) { if (a ? b : c) { return 1 } }`,
    functions: [fn('f', 3, 2)],
  },
  {
    title: 'for',
    // cyc 1 + for = 2; cog for +1
    source: `function f(n) { let t = 0; for (let i = 0; i < n; i++) t += i; return t }`,
    functions: [fn('f', 2, 1)],
  },
  {
    title: 'for-in',
    // cyc 1 + for-in = 2; cog +1
    source: `function f(o) { const keys = []; for (const k in o) keys.push(k); return keys }`,
    functions: [fn('f', 2, 1)],
  },
  {
    title: 'for-of and for await',
    // cyc 1 + for-of + for-await-of = 3; cog +1 +1
    source: `async function f(xs, ys) { for (const x of xs) use(x); for await (const y of ys) use(y) }`,
    functions: [fn('f', 3, 2)],
  },
  {
    title: 'while',
    // cyc 1 + while = 2; cog +1
    source: `function f(n) { while (n > 0) n--; return n }`,
    functions: [fn('f', 2, 1)],
  },
  {
    title: 'do-while with a logical condition',
    // cyc 1 + do + || = 3; cog do +1, || run +1
    source: `function f(a, b) { do { a = next(a) } while (a || b) }`,
    functions: [fn('f', 3, 2)],
  },
  {
    title: 'switch: each case with a test counts for ESLint, the switch counts once for cognitive',
    // cyc 1 + case + case + case = 4 (default: nothing); cog switch +1 (WP getWords = 1)
    source: `function getWords(number: number) {
  switch (number) {
    case 1:
      return 'one'
    case 2:
      return 'a couple'
    case 3:
      return 'a few'
    default:
      return 'lots'
  }
}`,
    functions: [fn('getWords', 4, 1)],
  },
  {
    title: 'a switch with only a default',
    // cyc 1 (default is not counted, nor is the switch); cog switch +1
    source: `function f(a) { switch (a) { default: return 1 } }`,
    functions: [fn('f', 1, 1)],
  },
  {
    title: 'cases that fall through each count for ESLint',
    // cyc 1 + 3 cases = 4; cog switch +1
    source: `function f(a) { switch (a) { case 1: case 2: case 3: return 'small'; default: return 'big' } }`,
    functions: [fn('f', 4, 1)],
  },
  {
    title: 'an if inside a switch case is nested',
    // cyc 1 + case + if = 3; cog switch +1, if +2 (n=1)
    source: `function f(a, b) { switch (a) { case 1: if (b) return 1; break } }`,
    functions: [fn('f', 3, 3)],
  },
  {
    title: 'try and catch: the catch counts, the try does not',
    // cyc 1 + catch = 2; cog catch +1
    source: `function f() { try { run() } catch (error) { report(error) } }`,
    functions: [fn('f', 2, 1)],
  },
  {
    title: 'finally adds nothing',
    // cyc 1 + catch = 2; cog catch +1, finally 0
    source: `function f() { try { run() } catch { report() } finally { close() } }`,
    functions: [fn('f', 2, 1)],
  },
  {
    title: 'try and finally without catch',
    // cyc 1; cog 0
    source: `function f() { try { run() } finally { close() } }`,
    functions: [fn('f', 1, 0)],
  },
  {
    title: 'the try block does not nest; the catch block does',
    // cyc 1 + if + catch + if = 4; cog if +1 (n=0, try does not nest), catch +1, if in catch +2 (n=1)
    source: `function f(a, b) { try { if (a) run() } catch { if (b) report() } }`,
    functions: [fn('f', 4, 4)],
  },
  {
    title: 'a catch nested in an if',
    // cyc 1 + if + catch = 3; cog if +1, catch +2 (n=1)
    source: `function f(a) { if (a) { try { run() } catch { report() } } }`,
    functions: [fn('f', 3, 3)],
  },
  {
    title: 'a single &&',
    // cyc 1 + && = 2; cog run +1
    source: `function f(a, b) { return a && b }`,
    functions: [fn('f', 2, 1)],
  },
  {
    title: 'a sequence of like operators is one increment',
    // cyc 1 + && + && + && = 4; cog one run +1
    source: `function f(a, b, c, d) { return a && b && c && d }`,
    functions: [fn('f', 4, 1)],
  },
  {
    title: 'a change of operator starts a new sequence',
    // cyc 1 + && + || = 3; cog && run +1, || run +1
    source: `function f(a, b, c) { return a && b || c }`,
    functions: [fn('f', 3, 2)],
  },
  {
    title: 'mixed operators, read left to right',
    // cyc 1 + 3 = 4; cog runs &&, ||, && = +3
    source: `function f(a, b, c, d) { return a && b || c && d }`,
    functions: [fn('f', 4, 3)],
  },
  {
    title: 'the white paper’s if with sequences (a && b && c || d || e && f)',
    // cyc 1 + if + 5 operators = 7; cog if +1, runs && || && = +3
    source: `function f(a, b, c, d, e, g) { if (a && b && c || d || e && g) run() }`,
    functions: [fn('f', 7, 4)],
  },
  {
    title: 'a negation breaks a sequence (the white paper’s a && !(b && c))',
    // cyc 1 + if + && + && = 4; cog if +1, outer && +1, inner && +1
    source: `function f(a, b, c) { if (a && !(b && c)) run() }`,
    functions: [fn('f', 4, 3)],
  },
  {
    title: 'parentheses alone do not break a sequence',
    // cyc 1 + && + && = 3; cog one run +1
    source: `function f(a, b, c) { return a && (b && c) }`,
    functions: [fn('f', 3, 1)],
  },
  {
    title: 'parenthesised groups of the other operator',
    // cyc 1 + || + && + || = 4; cog runs ||, &&, || = +3
    source: `function f(a, b, c, d) { return (a || b) && (c || d) }`,
    functions: [fn('f', 4, 3)],
  },
  {
    title: 'logical operators outside conditions count too',
    // cyc 1 + && + || = 3; cog && run +1 (first statement), || run +1 (second)
    source: `function f(a, b) { const both = a && b; const either = a || b; return [both, either] }`,
    functions: [fn('f', 3, 2)],
  },
  {
    title: '?? counts for ESLint; the white paper ignores null-coalescing as shorthand',
    // cyc 1 + ?? + ?? = 3; cog 0
    source: `function f(a, b, c) { return a ?? b ?? c }`,
    functions: [fn('f', 3, 0)],
  },
  {
    title: '?? does not join a sequence of || around it',
    // cyc 1 + || + ?? = 3; cog || run +1
    source: `function f(a, b, c) { return (a || b) ?? c }`,
    functions: [fn('f', 3, 1)],
  },
  {
    title: 'logical assignments count for ESLint only',
    // cyc 1 + ||= + &&= + ??= = 4; cog 0 (assignments, not binary logical operators)
    source: `function f(o) { o.a ||= 1; o.b &&= 2; o.c ??= 3; return o }`,
    functions: [fn('f', 4, 0)],
  },
  {
    title: 'optional chaining: each ?. counts for ESLint (member, element, call); free for cognitive',
    // cyc 1 + a?.b + ?.c + ?.[k] + ?.() = 5; `.d` is not optional; cog 0
    source: `function f(a, k) { return a?.b?.c.d?.[k]?.() }`,
    functions: [fn('f', 5, 0)],
  },
  {
    title: 'an optional call on a plain member counts once',
    // cyc 1 + ?.() = 2; cog 0
    source: `function f(a) { return a.b.c?.() }`,
    functions: [fn('f', 2, 0)],
  },
  {
    title: 'default parameter values count for ESLint',
    // cyc 1 + two defaults = 3; cog 0
    source: `function f(a = 1, b: string = 'x', c?: number) { return [a, b, c] }`,
    functions: [fn('f', 3, 0)],
  },
  {
    title: 'defaults in destructuring declarations and parameters',
    // cyc 1 + {a = 1} param + b = 2 + [c = 3] = 4; cog 0
    source: `function f({ a = 1 }, list) { const { b = 2, d: [c = 3] } = list; return a + b + c }`,
    functions: [fn('f', 4, 0)],
  },
  {
    title: 'defaults in destructuring assignments, nested ones included',
    // cyc 1 + x = 1 + [y = 2] = [] (the pattern default) + y = 2 + { z = 3 } + w = 4 = 6; cog 0
    source: `function f(list, o) {
  let x, y, z, w
  ;[x = 1, [y = 2] = []] = list
  ;({ z = 3, v: w = 4 } = o)
  return [x, y, z, w]
}`,
    functions: [fn('f', 6, 0)],
  },
  {
    title: 'defaults in a for-of destructuring',
    // cyc 1 + two for-ofs + a = 0 (declaration) + b = 0 (assignment target) = 5; cog for-of +1 +1
    source: `function f(xs, ys) { let b; for (const [a = 0] of xs) use(a); for ([b = 0] of ys) use(b) }`,
    functions: [fn('f', 5, 2)],
  },
  {
    title: 'the white paper’s sumOfPrimes, with a labelled continue',
    // cyc 1 + for + for + if = 4; cog for +1, for +2 (n=1), if +3 (n=2), continue OUT +1 = 7
    source: `function sumOfPrimes(max: number) {
  let total = 0
  OUT: for (let i = 1; i <= max; ++i) {
    for (let j = 2; j < i; ++j) {
      if (i % j === 0) {
        continue OUT
      }
    }
    total += i
  }
  return total
}`,
    functions: [fn('sumOfPrimes', 4, 7)],
  },
  {
    title: 'a labelled break; plain break and continue are free',
    // cyc 1 + for + if + if = 4; cog for +1, if +2 (n=1), break found +1, if +2 (n=1)
    source: `function f(xs) {
  found: {
    for (const x of xs) {
      if (x === 0) break found
      if (x < 0) continue
    }
    return false
  }
  return true
}`,
    functions: [fn('f', 4, 6)],
  },
  {
    title: 'the white paper’s nesting example (try, if, for, while, catch)',
    // cyc 1 + if + for + while + catch + if = 6; cog if +1, for +2, while +3, catch +1, if +2 = 9
    source: `function myMethod() {
  try {
    if (condition1) {
      for (let i = 0; i < 10; i++) {
        while (something) {
          work()
        }
      }
    }
  } catch (error) {
    if (condition2) {
      report(error)
    }
  }
}`,
    functions: [fn('myMethod', 6, 9)],
  },
  {
    title: 'the white paper’s lambda example: nesting without an increment for the lambda',
    // myMethod2: cyc 1; cog if at n=1 inside the lambda +2. The arrow alone: cyc 1 + if = 2; cog +1
    source: `function myMethod2() {
  const r = () => {
    if (condition1) {
      work()
    }
  }
  return r
}`,
    functions: [fn('myMethod2', 1, 2), fn('r', 2, 1)],
  },
  {
    title: 'the white paper’s toRegexp (Appendix C), in TypeScript',
    // cyc 1 + || + ?: + while + if + else-if + if + && + if + && + else-if + else-if = 12
    // cog ?: +1, || +1, while +1, if +2, else if +1, if +3, && +1, if +4, && +1, else +1, else +1,
    // else if +1, else if +1, else +1 = 20
    source: `function toRegexp(antPattern: string, directorySeparator: string) {
  const escapedDirectorySeparator = '\\\\' + directorySeparator
  const sb: string[] = ['^']
  let i = antPattern.startsWith('/') || antPattern.startsWith('\\\\') ? 1 : 0
  while (i < antPattern.length) {
    const ch = antPattern.charAt(i)
    if (SPECIAL_CHARS.indexOf(ch) !== -1) {
      sb.push('\\\\', ch)
    } else if (ch === '*') {
      if (i + 1 < antPattern.length && antPattern.charAt(i + 1) === '*') {
        if (i + 2 < antPattern.length && isSlash(antPattern.charAt(i + 2))) {
          sb.push('(?:.*', escapedDirectorySeparator, '|)')
          i += 2
        } else {
          sb.push('.*')
          i += 1
        }
      } else {
        sb.push('[^', escapedDirectorySeparator, ']*?')
      }
    } else if (ch === '?') {
      sb.push('[^', escapedDirectorySeparator, ']')
    } else if (isSlash(ch)) {
      sb.push(escapedDirectorySeparator)
    } else {
      sb.push(ch)
    }
    i++
  }
  sb.push('$')
  return sb.join('')
}`,
    functions: [fn('toRegexp', 12, 20)],
  },
  {
    title: 'deep nesting adds up: if, while, for, if',
    // cyc 1 + 4 = 5; cog if +1, while +2, for +3, if +4 = 10
    source: `function f(a, b, xs) {
  if (a) {
    while (b) {
      for (const x of xs) {
        if (x) b = false
      }
    }
  }
}`,
    functions: [fn('f', 5, 10)],
  },
  {
    title: 'a ternary nested in a loop',
    // cyc 1 + for + ?: = 3; cog for +1, ?: +2 (n=1)
    source: `function f(xs) { const out = []; for (const x of xs) out.push(x ? 1 : 0); return out }`,
    functions: [fn('f', 3, 3)],
  },
  {
    title: 'direct recursion adds one, however many calls',
    // cyc 1 + if = 2; cog if +1, recursion +1 (two calls, one method in the cycle)
    source: `function fib(n: number): number { if (n < 2) return n; return fib(n - 1) + fib(n - 2) }`,
    functions: [fn('fib', 2, 2)],
  },
  {
    title: 'recursion through an arrow assigned to a constant',
    // cyc 1 + ?: = 2; cog ?: +1, recursion +1
    source: `const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1))`,
    functions: [fn('factorial', 2, 2)],
  },
  {
    title: 'recursion through this.method, and a call to another method is free',
    // walk: cyc 1 + for-of = 2; cog for-of +1, recursion +1. other: cyc 1, cog 0
    source: `class Tree {
  walk(node: Tree) {
    for (const child of node.children) this.walk(child)
  }
  other() {
    this.walk(this)
  }
}`,
    functions: [fn('Tree.walk', 2, 2), fn('Tree.other', 1, 0)],
  },
  {
    title: 'a recursive call from a callback makes the enclosing function recursive',
    // visit: cyc 1; cog arrow body at n=1 has no structures, recursion +1. arrow: cyc 1, cog 0
    source: `function visit(node) { node.children.forEach((child) => visit(child)) }`,
    functions: [fn('visit', 1, 1), fn('<anonymous>', 1, 0)],
  },
  {
    title: 'a callback nested in an if: its structures count in the outer function at depth',
    // f: cyc 1 + if = 2; cog if +1, arrow body at n=2: if +3, && +1 = 5
    // arrow: cyc 1 + if + && = 3; cog if +1, && +1 = 2
    source: `function f(a, items) {
  if (a) {
    items.forEach((item) => {
      if (item.ok && item.ready) send(item)
    })
  }
}`,
    functions: [fn('f', 2, 5), fn('<anonymous>', 3, 2)],
  },
  {
    title: 'a function declared inside another',
    // outer: cyc 1 + for = 2; cog for +1, inner's if at n=2 +3, so 4. inner: cyc 2, cog 1
    source: `function outer(xs) {
  for (const x of xs) {
    function inner(y) {
      if (y) return 1
    }
    inner(x)
  }
}`,
    functions: [fn('outer', 2, 4), fn('inner', 2, 1)],
  },
  {
    title: 'two levels of nested functions',
    // a: its b's if at n=2 (+3) = 3. b: c's if at n=1 (+2) = 2. c: if +1
    source: `function a() { return function b() { return () => { if (x) run() } } }`,
    functions: [fn('a', 1, 3), fn('b', 1, 2), fn('<anonymous>', 2, 1)],
  },
  {
    title: 'an immediately invoked function',
    // the IIFE: cyc 1 + if = 2, cog +1
    source: `;(function () { if (ready) start() })()`,
    functions: [fn('<anonymous>', 2, 1)],
  },
  {
    title: 'class members: constructor, getter, setter, static block, method',
    // constructor: ?? = 2/0; get value: ?: = 2/1; set value: if = 2/1; static block: if = 2/1; reset: 1/0
    source: `class Box {
  private current: number
  constructor(start?: number) {
    this.current = start ?? 0
  }
  get value() {
    return this.current > 0 ? this.current : 0
  }
  set value(next: number) {
    if (next >= 0) this.current = next
  }
  static {
    if (globalThis.debug) console.log('Box loaded')
  }
  reset() {
    this.current = 0
  }
}`,
    functions: [
      fn('Box.constructor', 2, 0),
      fn('Box.value', 2, 1),
      fn('Box.value', 2, 1),
      fn('Box.<static>', 2, 1),
      fn('Box.reset', 1, 0),
    ],
  },
  {
    title: 'an arrow in a class field is a function of its own',
    // Button.onClick: cyc 1 + if = 2; cog +1
    source: `class Button {
  onClick = (event: Event) => {
    if (event.defaultPrevented) return
    this.press()
  }
}`,
    functions: [fn('Button.onClick', 2, 1)],
  },
  {
    title: 'a class field initializer belongs to no method',
    // ESLint counts the field's || on its own, not in f: f cyc 1. cog: the initializer is an implicit
    // function in f, so its || run counts in f: +1
    source: `function f(a, b) { class Local { value = a || b } return new Local() }`,
    functions: [fn('f', 1, 1)],
  },
  {
    title: 'a default on a parameter property',
    // Settings.constructor: cyc 1 + default = 2; cog 0
    source: `class Settings { constructor(private readonly size = 10) {} }`,
    functions: [fn('Settings.constructor', 2, 0)],
  },
  {
    title: 'methods of a class written inside a function are nested functions',
    // make: cyc 1; cog the method's if at n=1 +2. The method: cyc 1 + if = 2; cog +1
    source: `function make() { return class { run(a) { if (a) go() } } }`,
    functions: [fn('make', 1, 2), fn('<anonymous>.run', 2, 1)],
  },
  {
    title: 'a function assigned to a property is named after it',
    // cyc 1 + || = 2; cog +1
    source: `Foo.prototype.bar = function () { return this.x || 0 }`,
    functions: [fn('Foo.prototype.bar', 2, 1)],
  },
  {
    title: 'an anonymous default export',
    // cyc 1 + while = 2; cog +1
    source: `export default function () { while (busy()) wait() }`,
    functions: [fn('default', 2, 1)],
  },
  {
    title: 'an arrow in a default value is named after its parameter',
    // f: cyc 1 + default = 2; cog 0. cb: cyc 1, cog 0
    source: `function f(cb = () => 1) { return cb() }`,
    functions: [fn('f', 2, 0), fn('cb', 1, 0)],
  },
  {
    title: 'object literal methods, getters and arrows',
    // api.get: || = 2/1; api.size: ?: = 2/1; api.check: && = 2/1
    source: `const api = {
  get(key) { return cache[key] || load(key) },
  get size() { return cache ? Object.keys(cache).length : 0 },
  check: (key) => key && key.length > 0,
}`,
    functions: [fn('api.get', 2, 1), fn('api.size', 2, 1), fn('api.check', 2, 1)],
  },
  {
    title: 'an async generator and an async arrow add nothing of their own',
    // gen: for-of = 2/1; load: cyc 1, cog 0
    source: `async function* gen(xs) { for (const x of xs) yield await x }
const load = async () => { await fetchAll() }`,
    functions: [fn('gen', 2, 1), fn('load', 1, 0)],
  },
  {
    title: 'TypeScript type syntax adds nothing: conditional types, optional members, assertions',
    // cyc 1; cog 0 (a conditional type is not a conditional expression)
    source: `function f<T>(value?: T): T extends string ? 1 : 2 {
  type Check<U> = U extends number ? true : false
  const checked = value as unknown as Check<T>
  return checked! as never
}`,
    functions: [fn('f', 1, 0)],
  },
  {
    title: 'JSX: && and ternaries inside markup',
    file: 'case.tsx',
    // List: cyc 1 + && = 2; cog && +1, the map callback's ?: at n=1 +2 = 3. Callback: cyc 2, cog 1
    source: `export const List = ({ items }: { items: string[] }) => (
  <ul>
    {items.length > 0 && items.map((item) => <li key={item}>{item ? item : 'empty'}</li>)}
  </ul>
)`,
    functions: [fn('List', 2, 3), fn('<anonymous>', 2, 1)],
  },
  {
    title: 'JavaScript with JSX',
    file: 'case.jsx',
    // Greeting: cyc 1 + if + ?. = 3; cog if +1
    source: `function Greeting(props) {
  if (!props.name) return null
  return <p>Hello {props.user?.name}</p>
}`,
    functions: [fn('Greeting', 3, 1)],
  },
]
