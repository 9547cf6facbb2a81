import dayjs from 'dayjs'
import customParseFormat from 'dayjs/plugin/customParseFormat'

// Mantine's DateInput parses what the auditor types with the display format ("24 Nov 2026"),
// which dayjs can only do with this plugin.
dayjs.extend(customParseFormat)
