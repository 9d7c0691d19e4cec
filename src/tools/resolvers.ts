import type { Config } from '../config/config.js'
import type { Logger } from '../logging.js'
import {
  ActionsToolCache,
  FolderToolCache,
  InstallingToolResolver
} from './install/index.js'
import type { ToolResolver } from './resolve.js'

/** The CLI's resolver: PATH, else a download cached in a folder. */
export function cliToolResolver(config: Config, logger: Logger): ToolResolver {
  return new InstallingToolResolver({
    tools: config.tools,
    cache: new FolderToolCache(config.tools.cacheDir),
    logger
  })
}

/** The Action's resolver: PATH, else a download kept in the runner's tool cache. */
export function actionToolResolver(
  config: Config,
  logger: Logger
): ToolResolver {
  return new InstallingToolResolver({
    tools: config.tools,
    cache: new ActionsToolCache(),
    logger
  })
}
