import { run } from './publish/github/action.js'

await run()
