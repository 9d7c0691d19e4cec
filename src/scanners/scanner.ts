import type { Config } from '../config/config.js'
import type { Logger } from '../logging.js'
import type { Plan } from '../plan/plan.js'
import type { ToolResolver } from '../tools/resolve.js'
import type { ScannerName, ScanOutcome } from './outcome.js'

/** What every scanner is given. */
export interface ScanContext {
  readonly config: Config
  readonly plan: Plan
  readonly logger: Logger
  readonly tools: ToolResolver
}

/** One kind of scan. Scanners share nothing but the plan. */
export interface Scanner {
  readonly name: ScannerName
  /** One outcome per target; never throws for a tool failure. */
  scan(context: ScanContext): Promise<ScanOutcome[]>
}
