/** Every Dockerfile rule, in catalogue order. */
import type { DockerfileRule } from '../define.js'
import { rule as D0 } from './D0.js'
import { rule as D1 } from './D1.js'
import { rule as D2 } from './D2.js'
import { rule as D3 } from './D3.js'
import { rule as D9 } from './D9.js'
import { rule as D10 } from './D10.js'
import { rule as D12 } from './D12.js'
import { rule as D15 } from './D15.js'
import { rule as D18 } from './D18.js'
import { rule as D22 } from './D22.js'
import { rule as D40 } from './D40.js'

/** The rules the Dockerfile checker runs. */
export const dockerfileRules: readonly DockerfileRule[] = [
  D0,
  D1,
  D2,
  D3,
  D9,
  D10,
  D12,
  D15,
  D18,
  D22,
  D40
]
