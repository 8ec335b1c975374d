// The one zod import of the domain: zod/mini (a fraction of classic zod's size, because
// validation runs on the start page) with its English messages, which mini leaves out by default.
import * as z from 'zod/mini'

// jitless: zod would otherwise probe `new Function` for speed, which our CSP (rightly) refuses.
z.config({ ...z.locales.en(), jitless: true })

export { z }
