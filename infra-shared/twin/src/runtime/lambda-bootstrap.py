"""One Python Lambda execution environment for the twin.

Speaks the protocol of lambda-bootstrap.mjs over file descriptor 3 (one JSON message per line): sends
`ready` or `init-error` after importing the handler, then answers each `invoke` with `result` or `error`.
The handler is found as Lambda's Python runtime finds it: `Handler` is `path/to/module.function`, the module
is imported from the task root. Errors are answered as Lambda answers them (errorMessage, errorType,
stackTrace) and written to this process's output (the twin's log) with the function name and the traceback.
Exits when the twin closes the channel.
"""

import decimal
import importlib
import json
import os
import socket
import sys
import time
import traceback

FUNCTION_NAME = os.environ.get("AWS_LAMBDA_FUNCTION_NAME", "function")


class RuntimeFault(Exception):
    def __init__(self, error_type, message):
        super().__init__(message)
        self.error_type = error_type


def error_payload(error, error_type=None):
    frames = traceback.format_tb(error.__traceback__) if error.__traceback__ else []
    return {
        "errorMessage": str(error),
        "errorType": error_type or getattr(error, "error_type", None) or type(error).__name__,
        "stackTrace": frames,
    }


def log_error(request_id, what, payload):
    stack = "".join(payload["stackTrace"])
    sys.stderr.write(
        "[ERROR]\t%s\t%s\t%s in function %s: %s: %s\nTraceback (most recent call last):\n%s"
        % (
            time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            request_id,
            what,
            FUNCTION_NAME,
            payload["errorType"],
            payload["errorMessage"],
            stack,
        )
    )
    sys.stderr.flush()


def load_handler(task_root, handler):
    try:
        module_name, function_name = handler.rsplit(".", 1)
    except ValueError:
        raise RuntimeFault("Runtime.MalformedHandlerName", "Bad handler '%s'" % handler)
    sys.path.insert(0, task_root)
    try:
        module = importlib.import_module(module_name.replace("/", "."))
    except ImportError as error:
        raise RuntimeFault(
            "Runtime.ImportModuleError", "Unable to import module '%s': %s" % (module_name, error)
        ) from error
    except SyntaxError as error:
        raise RuntimeFault("Runtime.UserCodeSyntaxError", "Syntax error in module '%s': %s" % (module_name, error))
    function = getattr(module, function_name, None)
    if function is None:
        raise RuntimeFault(
            "Runtime.HandlerNotFound", "Handler '%s' missing on module '%s'" % (function_name, module_name)
        )
    return function


def to_json(value):
    """JSON as Lambda's Python runtime writes results: Decimal (what boto3 reads from DynamoDB) as a number."""

    def default(o):
        if isinstance(o, decimal.Decimal):
            return float(o)
        raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)

    return json.dumps(value, default=default)


class Context:
    def __init__(self, message):
        self.function_name = FUNCTION_NAME
        self.function_version = message.get("functionVersion") or os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.invoked_function_arn = message.get("invokedFunctionArn")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.aws_request_id = message.get("requestId")
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.identity = None
        self.client_context = None
        self._deadline_ms = message.get("deadlineMs", 0)

    def get_remaining_time_in_millis(self):
        return max(0, int(self._deadline_ms - time.time() * 1000))


def invoke(handler, message):
    try:
        result = handler(message.get("event"), Context(message))
    except Exception as error:
        payload = error_payload(error)
        log_error(message.get("requestId"), "Invoke Error", payload)
        return {"type": "error", "id": message["id"], "error": payload}
    try:
        result = json.loads(to_json(result))
    except (TypeError, ValueError) as error:
        payload = error_payload(error, "Runtime.MarshalError")
        payload["errorMessage"] = "Unable to marshal response: %s" % error
        log_error(message.get("requestId"), "Invoke Error", payload)
        return {"type": "error", "id": message["id"], "error": payload}
    return {"type": "result", "id": message["id"], "payload": result}


def main():
    # The function's modules come from its task root, not from the folder of this script.
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [entry for entry in sys.path if os.path.abspath(entry or ".") != here]
    channel = socket.socket(fileno=3)
    lines = channel.makefile("rb")

    def send(message):
        channel.sendall(json.dumps(message).encode("utf-8") + b"\n")

    started = time.perf_counter()
    try:
        handler = load_handler(os.environ.get("LAMBDA_TASK_ROOT", os.getcwd()), os.environ.get("_HANDLER", ""))
    except Exception as error:
        payload = error_payload(error)
        log_error("undefined", "Uncaught Exception during init", payload)
        send({"type": "init-error", "error": payload})
        sys.exit(1)
    send({"type": "ready", "initMs": (time.perf_counter() - started) * 1000})
    for line in lines:
        message = json.loads(line)
        if message.get("type") == "invoke":
            send(invoke(handler, message))
    # The channel closed: the twin is gone.
    sys.exit(0)


if __name__ == "__main__":
    main()
