// How much young-generation memory a thread that analyses articles gets. The engine makes many short-lived
// objects per article; with V8's default (16 MB semi-spaces) a fifth of its time went to collecting them,
// with 32 MB semi-spaces about a twentieth. Worker threads take it as a resource limit, the server process
// (started by the client) as a flag. No imports: the client bundles this file.

export const ENGINE_SEMI_SPACE_MB = 32;
/** V8's young generation is three semi-spaces (two, and the space for large new objects). */
export const ENGINE_YOUNG_GENERATION_MB = ENGINE_SEMI_SPACE_MB * 3;
/** The flags a process that analyses articles is started with. */
export const ENGINE_EXEC_ARGV = [`--max-semi-space-size=${ENGINE_SEMI_SPACE_MB}`];
