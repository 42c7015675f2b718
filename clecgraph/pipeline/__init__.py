"""The build: one orchestrator running the stages in order and writing the result to files or a store."""
