let prepared: Promise<unknown> | undefined

/**
 * Fetches what the start page's begin button leads to — the company step's code, and the default
 * questionnaire (not validated: it is the app's own) — once per page, so that it comes beside the
 * workspace's opening (or, for a click made before the app ran, beside the start page's hydration)
 * instead of after it. Resolves when both are there; a failure counts where they are used, not here.
 */
export function prepareBeginning(): Promise<unknown> {
  prepared ??= Promise.all([
    import('./company-page.tsx'),
    import('../../store/questionnaire-store.ts').then((module) => module.loadDefaultQuestionnaire()),
  ]).catch(() => undefined)
  return prepared
}
