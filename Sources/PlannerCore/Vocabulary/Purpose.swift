/// What a service in use is used for (`services[].purposes`, inventory revision 2). Rules may
/// name purposes: the education law reaches lessons with pupils, not staff meetings.
public enum Purpose: String, Sendable, Hashable, CaseIterable, Codable {
    /// Classes with pupils or students.
    case lessons
    /// Meetings of the organization's own staff.
    case staffMeetings = "staff_meetings"
    /// Webinars and broadcasts to a larger audience.
    case webinars
    /// Meetings with people from outside the organization.
    case externalMeetings = "external_meetings"
    /// Consultations of patients at a distance.
    case telemedicine
}
