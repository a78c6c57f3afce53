from pipeline.cli import cli

if __name__ == "__main__":  # not when a worker process imports the main module
    cli(prog_name="python -m pipeline")
