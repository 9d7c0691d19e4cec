/** apt-get / apt installs, shared by the apt rules. */
import type { DockerfileDoc } from '../model.js'
import { runCommands } from '../helpers.js'
import { pkgCommands, type PkgCommand } from './pkg.js'

/** Every `apt-get install` / `apt install` of the file. */
export function aptInstalls(doc: DockerfileDoc): PkgCommand[] {
  return pkgCommands(runCommands(doc)).filter(
    (c) =>
      (c.manager === 'apt-get' || c.manager === 'apt') && c.sub === 'install'
  )
}
