import type { ConfigFileValues } from './file.js'
import { inputSpec } from './inputs.js'
import type { RawInputs } from './load.js'
import { parseBoolean, splitList } from './values.js'
import { UserError } from '../errors.js'

/** Layers explicit inputs over the config file over the defaults. */
export class Values {
  constructor(
    private readonly raw: RawInputs,
    private readonly file: ConfigFileValues | undefined
  ) {}

  value(name: string): string | readonly string[] | undefined {
    return (
      this.raw.get(name) ??
      this.file?.inputs.get(name) ??
      inputSpec(name).default
    )
  }

  /** True when `name` comes from the config file, not an input. */
  fromFile(name: string): boolean {
    return !this.raw.has(name) && (this.file?.inputs.has(name) ?? false)
  }

  /** True when the input or the config file sets `name`. */
  given(name: string): boolean {
    return this.raw.has(name) || (this.file?.inputs.has(name) ?? false)
  }

  text(name: string): string | undefined {
    const value = this.value(name)
    const joined = typeof value === 'string' ? value : value?.join(',')
    const trimmed = joined?.trim()

    return trimmed ? trimmed : undefined
  }

  required(name: string): string {
    const value = this.text(name)
    if (value !== undefined) return value

    throw new UserError(`The input ${name} must not be empty.`, name)
  }

  list(name: string): string[] {
    const value = this.value(name)

    return value === undefined ? [] : splitList(value)
  }

  bool(name: string): boolean {
    return parseBoolean(name, this.required(name))
  }
}
