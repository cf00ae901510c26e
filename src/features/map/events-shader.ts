/**
 * The events layer's shaders (events-layer.ts), apart from the layer so the browser suite can compile and run
 * them on their own: tests/e2e/time-rule.test.ts draws one point per case of the time rule (content/time-rule.ts)
 * through this vertex shader and reads back which were drawn.
 *
 * Attributes: a_pos (Web Mercator x, y), a_time (first and last day the event may have happened on), a_offset
 * (pixels, fanning events out around a site), a_on (1 when the filters keep the event).
 * Uniforms: u_date, u_from (the time; u_from is NO_FROM in "as of" mode), u_matrix, u_px_to_clip, u_size, u_colour.
 */

/** u_from in "as of" mode: before any day. */
export const NO_FROM = -1e9;

export const VERTEX = `#version 300 es
uniform mat4 u_matrix;
uniform float u_date;
uniform float u_from;
uniform vec2 u_px_to_clip;
uniform float u_size;
in vec2 a_pos;
in vec2 a_time;
in vec2 a_offset;
in float a_on;
out float v_alpha;
out float v_edge;
void main() {
  // The time rule (content/time-rule.ts): begun by u_date and, between two dates, not over before u_from; and
  // kept by the filters. Changing the date is one uniform.
  if (a_time.x > u_date || a_time.y < u_from || a_on < 0.5 || isnan(a_pos.x)) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    v_alpha = 0.0;
    v_edge = 0.0;
    return;
  }
  vec4 p = u_matrix * vec4(a_pos, 0.0, 1.0);
  p.xy += a_offset * u_px_to_clip * p.w;
  gl_Position = p;
  gl_PointSize = u_size;
  v_edge = 1.5 / u_size;
  // Events recede with age: full strength in the last three months, faint after two years.
  float age = u_date - a_time.y;
  v_alpha = clamp(1.0 - 0.7 * (age - 90.0) / 640.0, 0.3, 1.0);
}`;

export const FRAGMENT = `#version 300 es
precision mediump float;
uniform vec3 u_colour;
// 0, or more while a passage is read: what it does not discuss recedes (its own events are ringed above). Unset, it
// is 0, so any program drawing with this shader (the time-rule test's) draws at full strength.
uniform float u_fade;
in float v_alpha;
in float v_edge;
out vec4 fragColor;
void main() {
  // Cheap on a software rasteriser: squared distance, a fixed antialiasing width, no derivatives.
  vec2 c = gl_PointCoord * 2.0 - 1.0;
  float r2 = dot(c, c);
  if (r2 > 1.0) discard;
  float r = sqrt(r2);
  float edge = clamp((1.0 - r) / v_edge, 0.0, 1.0);
  vec3 col = r > 0.7 ? vec3(1.0) : u_colour;
  fragColor = vec4(col, 1.0) * (edge * v_alpha * (1.0 - u_fade));
}`;
