import type { ComposeService, YScalar } from './model.js'
import { entryAt, scalarItems } from './query.js'

/** One `security_opt` item split into its option and value. */
export interface SecurityOpt {
  /** `no-new-privileges`, `seccomp`, `apparmor`, `label`... lower case. */
  readonly name: string
  /** What follows the first `:` or `=`; empty when nothing does. */
  readonly value: string
  readonly node: YScalar
}

/** The `security_opt` items of a service. */
export function securityOpts(service: ComposeService): SecurityOpt[] {
  const list = entryAt(service.node, 'security_opt')?.value

  return scalarItems(list).map(({ text, node }) => {
    const at = text.search(/[:=]/)
    const name = (at < 0 ? text : text.slice(0, at)).trim().toLowerCase()
    const value = at < 0 ? '' : text.slice(at + 1).trim()

    return { name, value, node }
  })
}
