// Preloaded into the processes that stand in for a container image: plays the part of the container's
// port mapping. A server that listens on its container port (PIK_CONTAINER_PORT, from the task definition)
// listens on the replica's host port (PIK_HOST_PORT) instead, and on 127.0.0.1 whatever host it asked for,
// so several replicas of one image can run side by side and nothing binds beyond the loopback interface.
import net from 'node:net';

const containerPort = Number(process.env.PIK_CONTAINER_PORT);
const hostPort = Number(process.env.PIK_HOST_PORT);

if (Number.isInteger(containerPort) && Number.isInteger(hostPort)) {
  const listen = net.Server.prototype.listen;
  net.Server.prototype.listen = function mappedListen(...args) {
    const first = args[0];
    if (typeof first === 'object' && first !== null && !Array.isArray(first) && 'port' in first) {
      if (Number(first.port) === containerPort) args[0] = { ...first, port: hostPort, host: '127.0.0.1' };
    } else if (
      Number(first) === containerPort &&
      (typeof first === 'number' || /^\d+$/.test(String(first)))
    ) {
      args[0] = hostPort;
      if (typeof args[1] === 'string') args[1] = '127.0.0.1';
      else args.splice(1, 0, '127.0.0.1');
    }
    return listen.apply(this, args);
  };
}
