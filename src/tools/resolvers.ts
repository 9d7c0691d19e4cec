import type { Config } from '../config/config.js'
import type { Logger } from '../logging.js'
import { PathToolResolver, type ToolResolver } from './resolve.js'

/** The tool resolver the CLI uses. */
export function cliToolResolver(
  _config: Config,
  _logger: Logger
): ToolResolver {
  return new PathToolResolver()
}

/** The tool resolver the Action uses. */
export function actionToolResolver(
  _config: Config,
  _logger: Logger
): ToolResolver {
  return new PathToolResolver()
}
