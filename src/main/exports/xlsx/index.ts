export { buildDebtInventoryWorkbook } from './workbook'
