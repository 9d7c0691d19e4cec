import type { RunLineRule } from '../rule-kit.js'
import { R1 } from './R1.js'
import { R2 } from './R2.js'
import { R3 } from './R3.js'
import { R4 } from './R4.js'
import { R5 } from './R5.js'
import { R6 } from './R6.js'
import { R7 } from './R7.js'
import { R8 } from './R8.js'
import { R9 } from './R9.js'
import { R10 } from './R10.js'
import { R11 } from './R11.js'
import { R12 } from './R12.js'
import { R13 } from './R13.js'

/** Every `docker run` rule. */
export const RUN_LINE_RULES: readonly RunLineRule[] = [
  R1,
  R2,
  R3,
  R4,
  R5,
  R6,
  R7,
  R8,
  R9,
  R10,
  R11,
  R12,
  R13
]
