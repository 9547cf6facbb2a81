import '@tanstack/react-table'

declare module '@tanstack/react-table' {
  // The type parameters are TanStack's; only `numeric` (right-aligned, as in every table here) is added.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData, TValue> {
    numeric?: boolean
  }
}
