export function parse(source: string) { return { ast: null as any, errors: [] as any[], source }; }
