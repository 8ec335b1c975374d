/**
 * The app's routes in one place: the router's patterns (`src/app/routes.tsx`) and every link and
 * navigation are built from these, so a renamed route cannot leave a dead link behind.
 */
export const ROUTE_PATTERNS = {
  company: 'company',
  assess: 'assess',
  step: 'assess/:dimensionId',
  overview: 'overview',
  report: 'report',
  example: 'examples/:name',
  questionnaire: 'questionnaire',
  editor: 'questionnaire/edit/:key',
  branding: 'settings/branding',
  clients: 'clients',
  client: 'clients/:clientId',
  workshops: 'workshops',
  workshop: 'workshops/:workshopId',
  live: 'workshops/:workshopId/live',
  teamReport: 'workshops/:workshopId/report',
  join: 'join',
  share: 'share/:code',
} as const

/** A pattern with its `:name` parameters filled in (each encoded), as an absolute app path. */
function fill(pattern: string, params: Record<string, string> = {}): string {
  return `/${pattern.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''))}`
}

const query = (search: URLSearchParams | string | undefined) => {
  const text = search?.toString() ?? ''
  return text ? `?${text}` : ''
}

/** Absolute app paths (`/workshops/w-1/live`); inside links outside the router, put `#` before them. */
export const paths = {
  home: () => '/',
  company: () => fill(ROUTE_PATTERNS.company),
  overview: () => fill(ROUTE_PATTERNS.overview),
  step: (dimensionId: string) => fill(ROUTE_PATTERNS.step, { dimensionId }),
  report: () => fill(ROUTE_PATTERNS.report),
  example: (name: string) => fill(ROUTE_PATTERNS.example, { name }),
  questionnaire: () => fill(ROUTE_PATTERNS.questionnaire),
  editor: (key: string) => fill(ROUTE_PATTERNS.editor, { key }),
  branding: () => fill(ROUTE_PATTERNS.branding),
  clients: () => fill(ROUTE_PATTERNS.clients),
  client: (clientId: string) => fill(ROUTE_PATTERNS.client, { clientId }),
  workshops: () => fill(ROUTE_PATTERNS.workshops),
  workshop: (workshopId: string) => fill(ROUTE_PATTERNS.workshop, { workshopId }),
  live: (workshopId: string) => fill(ROUTE_PATTERNS.live, { workshopId }),
  teamReport: (workshopId: string) => fill(ROUTE_PATTERNS.teamReport, { workshopId }),
  join: (search?: URLSearchParams | string) => fill(ROUTE_PATTERNS.join) + query(search),
  share: (code: string, search?: URLSearchParams | string) => fill(ROUTE_PATTERNS.share, { code }) + query(search),
}
