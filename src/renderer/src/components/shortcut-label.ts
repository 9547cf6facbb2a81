/** How the platform's command key is written next to a shortcut: ⌘ on a Mac, Ctrl elsewhere. */
export const MOD_KEY_LABEL = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'Ctrl'
