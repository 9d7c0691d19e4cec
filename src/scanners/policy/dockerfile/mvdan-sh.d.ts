// Only the corner of mvdan-sh's GopherJS build that shell.ts uses.
declare module 'mvdan-sh' {
  /** A node of the syntax tree; its fields depend on its type. */
  export type ShNode = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

  export interface ShParser {
    Parse(src: string, name: string): ShNode
  }

  const mvdan: {
    syntax: {
      NewParser(...options: unknown[]): ShParser
      NodeType(node: ShNode): string
      Walk(node: ShNode, visit: (node: ShNode | null) => boolean): void
    }
  }
  export default mvdan
}
