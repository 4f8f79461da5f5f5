// replaced by the GUI sources
