import Foundation
import PlannerApp

// The whole program is PlanApp.run; this file only hands it the process's arguments and
// streams and exits with its status.
exit(await PlanApp.run(Array(CommandLine.arguments.dropFirst()), io: .standard))
