// The one zod import of the domain: zod/mini (a fraction of classic zod's size, because validation
// runs on the start page). No zod locale: problems are told from their issue codes by the domain's
// own catalogs (src/domain/problems), in German or English.
import * as z from 'zod/mini'

// jitless: zod would otherwise probe `new Function` for speed, which our CSP (rightly) refuses.
z.config({ jitless: true })

export { z }
