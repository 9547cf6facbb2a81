import '@tanstack/react-table'

declare module '@tanstack/react-table' {
  // The type parameters are TanStack's; only `width` (a CSS grid track) is added.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData, TValue> {
    width?: string
  }
}
