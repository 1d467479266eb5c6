export function startServer(): void { throw new Error("todo"); }
