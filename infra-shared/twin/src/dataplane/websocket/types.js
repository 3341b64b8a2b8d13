/** Close code and reason API Gateway uses when a frame or message is over its limit. */
export const MESSAGE_TOO_BIG = { code: 1009, reason: 'Message too big' };
/** Close code and reason of an idle or expired connection. */
export const GOING_AWAY = { code: 1001, reason: 'Going away' };
//# sourceMappingURL=types.js.map