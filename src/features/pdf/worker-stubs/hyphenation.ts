// Stands in for '@react-pdf/hyphenate/en-us' in the PDF worker (vite.config.ts): react-pdf builds
// its English patterns as it loads, yet never uses them, since our documents break words only at
// soft hyphens (the callback fonts.ts registers).

/** A word in one piece. */
export const syllables = (word: string): string[] => [word]

export const hyphenate = (word: string): string => word

export const patterns = {}
