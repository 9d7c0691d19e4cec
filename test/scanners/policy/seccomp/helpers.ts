import type { Finding } from '../../../../src/findings/index.js'
import { at, scan, yaml } from '../compose/helpers.js'

/** A Compose file naming `profile.json` from one service. */
export const COMPOSE_WITH_PROFILE = yaml(
  'services:',
  '  a:',
  '    image: a:1',
  '    security_opt:',
  '      - seccomp:profile.json'
)

/** Checks `profile` (JSON text) as named from a Compose file. */
export async function profileHits(
  ruleId: string,
  profile: string
): Promise<string[]> {
  const result = await scan({
    'compose.yaml': COMPOSE_WITH_PROFILE,
    'profile.json': profile
  })
  if (result.errors.length > 0)
    throw new Error(result.errors.map((e) => e.message).join('\n'))

  return result.findings
    .filter((f: Finding) => f.rule.id === ruleId)
    .map((f) => at(f))
}
