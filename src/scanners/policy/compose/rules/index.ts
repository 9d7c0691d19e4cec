import type { ComposeRule } from '../rule-kit.js'
import { C1 } from './C1.js'
import { C2 } from './C2.js'
import { C3 } from './C3.js'
import { C4 } from './C4.js'
import { C5 } from './C5.js'
import { C6 } from './C6.js'
import { C7 } from './C7.js'
import { C8 } from './C8.js'
import { C9 } from './C9.js'
import { C10 } from './C10.js'
import { C11 } from './C11.js'
import { C12 } from './C12.js'
import { C13 } from './C13.js'
import { C14 } from './C14.js'
import { C15 } from './C15.js'
import { C16 } from './C16.js'
import { C17 } from './C17.js'
import { C18 } from './C18.js'
import { C19 } from './C19.js'
import { C20 } from './C20.js'
import { C21 } from './C21.js'
import { C22 } from './C22.js'
import { C23 } from './C23.js'
import { C24 } from './C24.js'
import { C25 } from './C25.js'
import { C26 } from './C26.js'
import { C27 } from './C27.js'
import { C28 } from './C28.js'
import { C29 } from './C29.js'

/** Every Compose rule, in POLICY.md order. */
export const COMPOSE_RULES: readonly ComposeRule[] = [
  C1,
  C2,
  C3,
  C4,
  C5,
  C6,
  C7,
  C8,
  C9,
  C10,
  C11,
  C12,
  C13,
  C14,
  C15,
  C16,
  C17,
  C18,
  C19,
  C20,
  C21,
  C22,
  C23,
  C24,
  C25,
  C26,
  C27,
  C28,
  C29
]
