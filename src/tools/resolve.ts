import { access, constants } from 'node:fs/promises'
import path from 'node:path'

import { ScannerError } from '../errors.js'

/** The external tools the gate runs. */
export type ToolName = 'trivy' | 'cosign'

/** Finds (or installs) an external tool and says where its binary is. */
export interface ToolResolver {
  /** Absolute path of the tool's binary; throws a `ScannerError`. */
  resolve(tool: ToolName): Promise<string>
}

const INSTALL_HINTS: Record<ToolName, string> = {
  trivy:
    'Install Trivy (https://trivy.dev/latest/getting-started/installation/) and put it on PATH.',
  cosign:
    'Install cosign (https://docs.sigstore.dev/cosign/system_config/installation/) and put it on PATH.'
}

/** Looks for `name` in the folders of `PATH`; undefined when absent. */
export async function findOnPath(
  name: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<string | undefined> {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean)
  const exts =
    process.platform === 'win32'
      ? (env.PATHEXT ?? '.EXE;.CMD').split(';')
      : ['']
  for (const dir of dirs) {
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext)
      try {
        await access(candidate, constants.X_OK)

        return candidate
      } catch {
        // Not in this folder; keep looking.
      }
    }
  }

  return undefined
}

/** Resolves tools from PATH only; a missing tool says how to install it. */
export class PathToolResolver implements ToolResolver {
  async resolve(tool: ToolName): Promise<string> {
    const found = await findOnPath(tool)
    if (found) return found

    throw new ScannerError('NOT_FOUND', tool, `${tool} was not found on PATH`, {
      hint: INSTALL_HINTS[tool]
    })
  }
}
