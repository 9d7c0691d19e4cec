import * as core from '@actions/core'

import type { RawInputs } from '../../config/load.js'
import { INPUTS } from '../../config/inputs.js'

/**
 * Reads the Action's inputs. Empty inputs are left out, so the config file
 * and the defaults apply to them. Secret inputs are masked first.
 */
export function readActionInputs(): RawInputs {
  const inputs = new Map<string, string>()
  for (const input of INPUTS) {
    if (input.cliOnly) continue

    const value = core.getInput(input.name)
    if (input.secret && value) core.setSecret(value)
    if (value.trim() !== '') inputs.set(input.name, value)
  }

  return inputs
}
