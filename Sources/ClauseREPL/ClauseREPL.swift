/// Interactive front end: line editing, history and meta-commands over the ClauseQuery core.
public enum ClauseREPLModule {}
