package dev.newsflow.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code newsflow} command. Exit codes: 0 ok, 1 failure, 2 usage error. */
@Command(
        name = "newsflow",
        mixinStandardHelpOptions = true,
        versionProvider = Newsflow.Version.class,
        description = "Event-driven news ingestion and enrichment on Kafka.",
        subcommands = {
            RunCommand.class,
            IngestCommand.class,
            EnrichCommand.class,
            SinkCommand.class,
            ParseCommand.class,
            AnalyzeCommand.class,
            TrainCommand.class,
            EvalCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Newsflow {

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        Newsflow root = new Newsflow();
        CommandLine cli = new CommandLine(root);
        cli.setExecutionExceptionHandler((failure, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            err.println("newsflow: "
                    + (failure instanceof UserError
                            ? message
                            : failure.getClass().getSimpleName() + ": " + message));
            if (parseResult.hasMatchedOption("--verbose")) {
                failure.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return cli;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Newsflow.class.getPackage().getImplementationVersion();
            return new String[] {"newsflow " + (version == null ? "(development build)" : version)};
        }
    }
}
