/**
 * The example companies shipped in `questionnaires/examples/` (one response file each, answered on the default
 * questionnaire): what the start page links to and `/examples/:name` shows.
 */
export const EXAMPLE_NAMES = ['tool-first', 'grounded-small', 'advanced'] as const
export type ExampleName = (typeof EXAMPLE_NAMES)[number]

/** The invented companies' names, as their files give them (a test holds the two together). */
export const EXAMPLE_COMPANIES: Record<ExampleName, string> = {
  'tool-first': 'Haustechnik Brandt GmbH',
  'grounded-small': 'Bäckerei Lindner',
  advanced: 'Kessler Dosiertechnik GmbH',
}

export function isExampleName(name: string): name is ExampleName {
  return (EXAMPLE_NAMES as readonly string[]).includes(name)
}

export function examplePath(name: ExampleName): string {
  return `/examples/${name}`
}
