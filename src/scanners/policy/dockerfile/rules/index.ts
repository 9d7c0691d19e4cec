/** Every Dockerfile rule, in catalogue order. */
import type { DockerfileRule } from '../define.js'
import { rule as D0 } from './D0.js'
import { rule as D1 } from './D1.js'
import { rule as D2 } from './D2.js'
import { rule as D3 } from './D3.js'
import { rule as D4 } from './D4.js'
import { rule as D5 } from './D5.js'
import { rule as D5_IMAGE } from './D5-IMAGE.js'
import { rule as D6 } from './D6.js'
import { rule as D7 } from './D7.js'
import { rule as D8 } from './D8.js'
import { rule as D9 } from './D9.js'
import { rule as D10 } from './D10.js'
import { rule as D11 } from './D11.js'
import { rule as D12 } from './D12.js'
import { rule as D13 } from './D13.js'
import { rule as D14 } from './D14.js'
import { rule as D15 } from './D15.js'
import { rule as D16 } from './D16.js'
import { rule as D17 } from './D17.js'
import { rule as D18 } from './D18.js'
import { rule as D19 } from './D19.js'
import { rule as D20 } from './D20.js'
import { rule as D21 } from './D21.js'
import { rule as D22 } from './D22.js'
import { rule as D23 } from './D23.js'
import { rule as D24 } from './D24.js'
import { rule as D25 } from './D25.js'
import { rule as D26 } from './D26.js'
import { rule as D27 } from './D27.js'
import { rule as D28 } from './D28.js'
import { rule as D29 } from './D29.js'
import { rule as D30 } from './D30.js'
import { rule as D30_UPGRADE } from './D30-UPGRADE.js'
import { rule as D31 } from './D31.js'
import { rule as D32 } from './D32.js'
import { rule as D33_CLEAN } from './D33-CLEAN.js'
import { rule as D33_PIN } from './D33-PIN.js'
import { rule as D33_Y } from './D33-Y.js'
import { rule as D34_CACHE } from './D34-CACHE.js'
import { rule as D34_PIN } from './D34-PIN.js'
import { rule as D35 } from './D35.js'
import { rule as D35_CACHE } from './D35-CACHE.js'
import { rule as D36 } from './D36.js'
import { rule as D37 } from './D37.js'
import { rule as D38 } from './D38.js'
import { rule as D39 } from './D39.js'
import { rule as D40 } from './D40.js'
import { rule as D41 } from './D41.js'
import { rule as D42 } from './D42.js'
import { rule as D43 } from './D43.js'
import { rule as D44 } from './D44.js'
import { rule as D45 } from './D45.js'
import { rule as D46 } from './D46.js'
import { rule as D47 } from './D47.js'
import { rule as D48 } from './D48.js'
import { rule as D49 } from './D49.js'
import { rule as D50 } from './D50.js'
import { rule as D51 } from './D51.js'
import { rule as D52 } from './D52.js'
import { rule as D53 } from './D53.js'
import { rule as D54 } from './D54.js'
import { rule as D55 } from './D55.js'
import { rule as D56 } from './D56.js'
import { rule as D57 } from './D57.js'
import { rule as D58 } from './D58.js'
import { rule as D59 } from './D59.js'

/** The rules the Dockerfile checker runs. */
export const dockerfileRules: readonly DockerfileRule[] = [
  D0,
  D1,
  D2,
  D3,
  D4,
  D5,
  D5_IMAGE,
  D6,
  D7,
  D8,
  D9,
  D10,
  D11,
  D12,
  D13,
  D14,
  D15,
  D16,
  D17,
  D18,
  D19,
  D20,
  D21,
  D22,
  D23,
  D24,
  D25,
  D26,
  D27,
  D28,
  D29,
  D30,
  D30_UPGRADE,
  D31,
  D32,
  D33_CLEAN,
  D33_PIN,
  D33_Y,
  D34_CACHE,
  D34_PIN,
  D35,
  D35_CACHE,
  D36,
  D37,
  D38,
  D39,
  D40,
  D41,
  D42,
  D43,
  D44,
  D45,
  D46,
  D47,
  D48,
  D49,
  D50,
  D51,
  D52,
  D53,
  D54,
  D55,
  D56,
  D57,
  D58,
  D59
]
