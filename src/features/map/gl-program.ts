/** The few WebGL steps both event layers (dots and grouped circles) need. */

/** A `#rrggbb` colour as the 0..1 components a shader uniform takes. */
export function glColour(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

/** Compiles and links a program; a failure throws with the driver's log and the program's name. */
export function linkProgram(gl: WebGL2RenderingContext, name: string, vertex: string, fragment: string): WebGLProgram {
  const program = gl.createProgram();
  for (const [type, source] of [
    [gl.VERTEX_SHADER, vertex],
    [gl.FRAGMENT_SHADER, fragment],
  ] as const) {
    const shader = gl.createShader(type);
    if (!shader) throw new Error(`${name}: cannot create a shader`);
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(`${name} shader: ${gl.getShaderInfoLog(shader) ?? ''}`);
    gl.attachShader(program, shader);
  }
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`${name} program: ${gl.getProgramInfoLog(program) ?? ''}`);
  return program;
}

/**
 * Points a program's vertex attribute at the buffer bound to ARRAY_BUFFER (inside the vertex array being set up):
 * `size` components of `type` (FLOAT or UNSIGNED_BYTE), `stride` and `offset` in bytes.
 */
export function vertexAttribute(gl: WebGL2RenderingContext, program: WebGLProgram, name: string, size: number, type: GLenum, stride: number, offset = 0): void {
  const location = gl.getAttribLocation(program, name);
  gl.enableVertexAttribArray(location);
  gl.vertexAttribPointer(location, size, type, false, stride, offset);
}
