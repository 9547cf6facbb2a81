/** One day in milliseconds: ages, activity windows and staleness are counted in whole days. */
export const DAY_MS = 24 * 60 * 60 * 1000
