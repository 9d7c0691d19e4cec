/**
 * Writes action.yml from the input table, so the two cannot drift:
 * `npm run action-yml`. A test fails when the committed file differs.
 */
import { writeFileSync } from 'node:fs'

import { renderActionYml } from '../src/publish/github/action-yml.js'

writeFileSync('action.yml', renderActionYml())
