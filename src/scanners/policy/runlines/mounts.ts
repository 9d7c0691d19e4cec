import type { DockerOption, ParsedCommand } from './parse.js'
import { optionsNamed } from './parse.js'

/** A host path bound into a container by `-v` or `--mount`. */
export interface HostMount {
  readonly source: string
  readonly option: DockerOption
}

/** Host paths a command binds: `-v /a:/b`, `--mount type=bind,src=/a,...`. */
export function hostMounts(command: ParsedCommand): HostMount[] {
  const volumes = optionsNamed(command, 'volume').flatMap((option) => {
    const source = (option.value ?? '').split(':')[0] ?? ''

    return /^[/~$]/.test(source) ? [{ source, option }] : []
  })
  const mounts = optionsNamed(command, 'mount').flatMap((option) => {
    const fields = new Map(
      (option.value ?? '').split(',').map((f) => {
        const eq = f.indexOf('=')
        return eq < 0 ? [f, ''] : [f.slice(0, eq), f.slice(eq + 1)]
      })
    )
    const source = fields.get('source') ?? fields.get('src')
    const type = fields.get('type') ?? 'volume'

    return type === 'bind' && source ? [{ source, option }] : []
  })

  return [...volumes, ...mounts]
}
