// German is the source of truth for message keys: en.ts must provide every key (a type error otherwise).
export const de = {
  appName: 'Groundwork',
  tagline: 'Standortbestimmung im digitalen Zeitalter',
  language: 'Sprache',
} as const

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
export type Messages = Widen<typeof de>
