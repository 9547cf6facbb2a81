import { z } from 'zod'

// Zod probes for eval support with `new Function`; under the renderer's CSP that probe fails
// anyway but is reported as a policy violation. Declaring jitless skips the probe.
z.config({ jitless: true })
