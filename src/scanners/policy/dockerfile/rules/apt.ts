/** apt-get / apt installs, shared by the apt rules. */
import type { DockerfileDoc } from '../model.js'
import { docPkgCommands, type PkgCommand } from './pkg.js'

/** Every `apt-get install` / `apt install` of the file. */
export function aptInstalls(doc: DockerfileDoc): PkgCommand[] {
  return docPkgCommands(doc).filter(
    (c) =>
      (c.manager === 'apt-get' || c.manager === 'apt') && c.sub === 'install'
  )
}
