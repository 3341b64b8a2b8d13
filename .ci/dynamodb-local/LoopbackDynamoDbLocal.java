import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Starts DynamoDB Local in memory, listening on 127.0.0.1 only. DynamoDB Local has no host option and binds
 * every interface; this launcher sets the host on its Jetty connector before the server starts.
 * Usage: java -Djava.library.path=LIB -cp 'LIB/*:.' LoopbackDynamoDbLocal PORT
 */
public final class LoopbackDynamoDbLocal {
  public static void main(String[] args) throws Exception {
    String port = args.length > 0 ? args[0] : "8000";
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(
        new String[] {"-inMemory", "-sharedDb", "-disableTelemetry", "-port", port});
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server jetty = (Server) field.get(proxy);
    for (Connector connector : jetty.getConnectors()) {
      ((ServerConnector) connector).setHost("127.0.0.1");
    }
    proxy.start();
    System.out.println("DynamoDB Local listening on 127.0.0.1:" + port);
    proxy.join();
  }
}
